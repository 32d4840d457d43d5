// Writes NAME.br (brotli, quality 11) and NAME.gz (gzip -9) beside each file named, so the
// server can send precompressed bytes without spending CPU per request.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  const gz = gzipSync(data, { level: 9 });
  writeFileSync(`${file}.gz`, gz);
  console.log(`${file}: ${data.length} B raw, ${br.length} B brotli, ${gz.length} B gzip`);
}
