import type { App } from '@slack/bolt';

/** What a listener was registered for: Bolt's own forms (an id, a pattern, or constraints). */
type Constraint = string | RegExp | Record<string, unknown>;

export type ListenerKind = 'command' | 'action' | 'view' | 'shortcut' | 'options';

/** The field of a constraints object that names the id, per kind of listener. */
const ID_FIELD: Record<ListenerKind, string> = {
  command: 'command',
  action: 'action_id',
  view: 'callback_id',
  shortcut: 'callback_id',
  options: 'action_id',
};

const matchesId = (pattern: unknown, id: string) =>
  typeof pattern === 'string'
    ? pattern === id
    : pattern instanceof RegExp
      ? new RegExp(pattern.source, pattern.flags.replace('g', '')).test(id)
      : false;

/**
 * The commands, action ids, view callback ids, shortcuts and option sources that have a
 * listener, recorded as the listeners register, so "is there a listener for this?" is
 * answered from what is registered and never from a list kept by hand.
 */
export class RegisteredIds {
  private readonly constraints = new Map<ListenerKind, Constraint[]>();

  add(kind: ListenerKind, constraint: Constraint): void {
    this.constraints.set(kind, [...(this.constraints.get(kind) ?? []), constraint]);
  }

  has(kind: ListenerKind, id: string, type?: string): boolean {
    return (this.constraints.get(kind) ?? []).some((constraint) => {
      if (typeof constraint === 'string' || constraint instanceof RegExp) {
        // Bolt matches an id given alone only against view_submission among view payloads.
        return (kind !== 'view' || type === undefined || type === 'view_submission') && matchesId(constraint, id);
      }
      if (typeof constraint.type === 'string' && type !== undefined && constraint.type !== type) return false;
      const pattern = constraint[ID_FIELD[kind]];
      // Constraints that do not name the id (a block_id only) may match anything: count them as a listener.
      return pattern === undefined || matchesId(pattern, id);
    });
  }
}

const RECORDED = new Set<string>(['command', 'action', 'view', 'shortcut', 'options']);

/** The app as listeners see it: each registration is recorded in `ids`, then passed on to Bolt unchanged. */
export function recordingApp(app: App, ids: RegisteredIds): App {
  return new Proxy(app, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof property === 'string' && RECORDED.has(property)) {
        return (first: Constraint, ...rest: unknown[]) => {
          ids.add(property as ListenerKind, first);
          return method.call(target, first, ...rest);
        };
      }
      return method.bind(target);
    },
  });
}
