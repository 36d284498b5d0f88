/**
 * Link that opens GitHub's new-issue form with a title and body filled in.
 * `newIssueUrl('https://github.com/o/r', 'T', 'B')` → 'https://github.com/o/r/issues/new?title=T&body=B'.
 */
export function newIssueUrl(repository: string, title: string, body: string): string {
  const query = new URLSearchParams({ title, body });
  return `${repository.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
}
