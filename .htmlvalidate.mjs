// html-validate over dist/ (npm run validate). Every page must have 0 errors.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO length heuristic that counts character references (&quot; as 6): documentTitle() keeps
    // every <title> within 70 characters of text, and tests/unit/document-title.test.ts checks it.
    'long-title': 'off',
  },
};
