import { expect } from '@open-wc/testing';
import { csvBlob, download, toCsv } from '../../../src/elements/coverage/csv.js';
import { openAsExcel, shown } from '../../support/excel-csv.js';

describe('CSV for Excel', () => {
  it('starts with a BOM, separates by semicolons and ends records with CRLF', () => {
    const text = toCsv([
      ['Район', 'Всего'],
      ['Ахтынский район', 46],
    ]);
    expect(text).to.equal('\uFEFFРайон;Всего\r\nАхтынский район;46\r\n');
  });

  it('quotes fields with separators, quotes and line breaks, and reads them back', async () => {
    const cells = ['МКОУ "СОШ № 1"', 'a;b', 'две\r\nстроки', 'простой'];
    const sheet = await openAsExcel(csvBlob([cells]));
    expect(sheet.encoding).to.equal('utf-8');
    expect(sheet.rows).to.deep.equal([cells]);
  });

  it('keeps formulas from running and INNs from losing their zero', async () => {
    const sheet = await openAsExcel(csvBlob([['=1+1', '+7928', '@SUM(A1)', '0504269890', '42']]));
    const [row] = sheet.rows;
    expect(row).to.deep.equal(["'=1+1", "'+7928", "'@SUM(A1)", '="0504269890"', '42']);
    expect(row!.map(shown)).to.deep.equal(["'=1+1", "'+7928", "'@SUM(A1)", '0504269890', 42]);
  });

  it('downloads through a Blob URL with the file name', async () => {
    const clicked: { href: string; download: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      download(csvBlob([['a']]), 'ohvat.csv');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.download).to.equal('ohvat.csv');
    expect(document.querySelector('a[download]'), 'the link is gone again').to.equal(null);
  });
});
