import { describe, expect, it } from 'vitest';
import { renderMail } from './mail-render';

const parts = {
  subject: 'Ana mentioned you',
  intro: null,
  items: [{ line: 'Ana <script> mentioned you on Transparency, question 20', link: 'https://idg.example/a?x=1&y=2' }],
  openLabel: 'Open in IDG Workshop',
  openText: 'Open it in IDG Workshop: {link}',
  footer: 'You receive this because of your settings.',
  unsubscribeText: 'Stop these mails (Mentions): {link}',
  unsubscribeLabel: 'Stop mails of this kind',
  unsubscribeLink: 'https://idg.example/unsubscribe?token=t',
  assessment: 'Integrity self-assessment 2027',
};

describe('a notification mail', () => {
  it('says the same in text and HTML, with the assessment, the link and the one-click unsubscribe', () => {
    const mail = renderMail(parts);
    expect(mail.text).toContain('Integrity self-assessment 2027');
    expect(mail.text).toContain('Open it in IDG Workshop: https://idg.example/a?x=1&y=2');
    expect(mail.text).toContain('Stop these mails (Mentions): https://idg.example/unsubscribe?token=t');
    expect(mail.html).toContain('<a href="https://idg.example/a?x=1&amp;y=2">Open in IDG Workshop</a>');
    expect(mail.html).toContain('href="https://idg.example/unsubscribe?token=t"');
  });

  it('escapes what people wrote in the HTML', () => {
    const mail = renderMail(parts);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Ana &lt;script&gt; mentioned you');
  });
});
