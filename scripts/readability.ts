// Prints each article's words, sentences and readability (Flesch-Kincaid grade of the whole, the key points and
// the rest); exits 1 if one is above its limit.
// Usage: npm run readability [-- file.mdx ...]   (default: every article in content/articles)
import fs from 'node:fs';
import path from 'node:path';
import { citedIds } from '../src/lib/articles/prose.ts';
import { maxBodyGrade, maxGrade, maxKeyPointsGrade, readabilityOf, sectionGrades } from '../src/lib/articles/readability.ts';

const dir = path.resolve(process.env.LEAKY_GUT_CONTENT_DIR ?? 'content', 'articles');
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => path.join(dir, f));

let failed = false;
console.log(['article'.padEnd(28), 'words', 'sentences', 'references', 'FK grade', 'key points', 'body', 'reading ease'].join('\t'));
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  const report = readabilityOf(source);
  const sections = sectionGrades(source);
  const problems = [
    ...(report.grade > maxGrade ? [`article above grade ${maxGrade}`] : []),
    ...(sections.keyPoints > maxKeyPointsGrade ? [`key points above grade ${maxKeyPointsGrade}`] : []),
    ...(sections.body > maxBodyGrade ? [`body above grade ${maxBodyGrade}`] : []),
  ];
  failed ||= problems.length > 0;
  console.log(
    [
      path.basename(file).padEnd(28),
      report.words,
      report.sentences,
      citedIds(source).length,
      report.grade.toFixed(1),
      sections.keyPoints.toFixed(1),
      sections.body.toFixed(1),
      report.readingEase.toFixed(1),
    ].join('\t') + (problems.length ? `\t<- ${problems.join(', ')}` : ''),
  );
}
process.exit(failed ? 1 : 0);
