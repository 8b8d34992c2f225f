// The reference the ack benches measure Hexin against: a bare Bolt app of the same Bolt
// version, on Bolt's default HTTP receiver, that acks /checkin and opens a small modal.
// Plain JavaScript run with plain `node`, so its memory is what Bolt itself costs.
//
// Environment: PORT, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL (the fake Slack).
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
  // The bench polls this before it sends load, as it polls Hexin's /healthz.
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.writeHead(200).end('ok') }],
});

const modal = {
  type: 'modal',
  callback_id: 'checkin_submit',
  title: { type: 'plain_text', text: 'Check-in' },
  submit: { type: 'plain_text', text: 'Submit' },
  blocks: [
    {
      type: 'input',
      block_id: 'today',
      label: { type: 'plain_text', text: 'What will you do today?' },
      element: { type: 'plain_text_input', action_id: 'answer', multiline: true },
    },
  ],
};

app.command('/checkin', async ({ ack, command, client }) => {
  await ack();
  await client.views.open({ trigger_id: command.trigger_id, view: modal });
});

await app.start(Number(process.env.PORT));
process.stdout.write(`bare bolt listening on ${process.env.PORT}\n`);

const stop = async () => {
  await app.stop();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
