import { chromium } from '@playwright/test';
import fs from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 360, height: 740 } });
const base = 'http://127.0.0.1:4181/';
const links = {
  assistant: 'tech=100&communication=95&delegation=90&trust=85&supervision=80&procedures=60&teamwork=75',
  allhigh: 'tech=100&communication=95&delegation=90&trust=85&supervision=80&procedures=70&teamwork=75',
  prep: 'tech=90&communication=72&delegation=55&trust=41&supervision=70&procedures=45&teamwork=100',
  preplow: 'tech=20&communication=22&delegation=55&trust=41&supervision=70&procedures=45&teamwork=25',
  notyet: 'tech=45&communication=72&delegation=30&trust=30&supervision=70&procedures=60&teamwork=100',
  employee: 'tech=30&communication=80&delegation=30&trust=30&supervision=20&procedures=30&teamwork=80',
  unclear: 'tech=60&communication=60&delegation=60&trust=60&supervision=60&procedures=60&teamwork=60&check=same-answer,agree-both',
};
for (const lang of ['es','it']) for (const [name, q] of Object.entries(links)) {
  await p.goto(`${base}?lang=${lang}&va=Ana&contact=mailto:ana@example.com#results?${q}`);
  await p.waitForSelector('.save-actions');
  await p.emulateMedia({ media: 'print' });
  const words = await p.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  const pdf = await p.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  fs.writeFileSync(`/tmp/print-${lang}-${name}.pdf`, pdf);
  console.log(lang, name, 'words', words, 'pages', pages);
  await p.emulateMedia({ media: 'screen' });
}
await b.close();
