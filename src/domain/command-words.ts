/**
 * The words of Hexin's commands that mean the same in each (`/coffee`, `/pulse`), in both
 * languages: one table, so a word added here works everywhere it applies.
 */
export const COMMAND_WORDS = {
  help: 'help',
  帮助: 'help',
  on: 'on',
  开启: 'on',
  off: 'off',
  关闭: 'off',
  now: 'now',
  现在: 'now',
  every: 'every',
  每: 'every',
  day: 'day',
  日期: 'day',
} as const satisfies Record<string, string>;

/** Weekday words in both languages → ISO weekday; other commands with a day read them too. */
export const WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  周一: 1,
  星期一: 1,
  tue: 2,
  tuesday: 2,
  周二: 2,
  星期二: 2,
  wed: 3,
  wednesday: 3,
  周三: 3,
  星期三: 3,
  thu: 4,
  thursday: 4,
  周四: 4,
  星期四: 4,
  fri: 5,
  friday: 5,
  周五: 5,
  星期五: 5,
  sat: 6,
  saturday: 6,
  周六: 6,
  星期六: 6,
  sun: 7,
  sunday: 7,
  周日: 7,
  星期日: 7,
  星期天: 7,
};
