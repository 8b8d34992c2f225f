import type { WebClient } from '@slack/web-api';
import { t } from '../i18n/index.ts';
import type { AppDeps } from './deps.ts';
import { answerLocale } from './reply.ts';

/**
 * A button or form from a workspace Hexin is not installed for is refused (nothing done);
 * where Slack gave a response_url, the person is told so privately, in their language.
 * Never throws: a failure is logged once at warn.
 */
export async function tellOtherWorkspace(
  deps: AppDeps,
  client: WebClient,
  body: Record<string, unknown>,
  responseUrl: string,
): Promise<void> {
  try {
    const locale = await answerLocale(deps, body, client);
    const answer = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        response_type: 'ephemeral',
        replace_original: false,
        text: t(locale, 'common.error.other_workspace'),
      }),
    });
    if (!answer.ok) throw Object.assign(new Error('response_url refused'), { code: `http_${answer.status}` });
  } catch (error) {
    deps.log.warn(
      { surface: 'response_url', err: (error as { code?: string; name?: string }).code ?? (error as Error).name },
      'could not tell another workspace it is not served',
    );
  }
}
