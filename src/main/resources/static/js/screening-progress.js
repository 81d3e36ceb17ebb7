// Re-reads this page every two seconds while a screening runs and swaps in the new status, so the
// progress bar moves without a reload. The page works without it (a refresh link is shown).
const section = () => document.getElementById('screening-status');

async function poll() {
  try {
    const response = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('screening-status');
    if (!next || !section()) return;
    section().replaceWith(next);
    if (next.querySelector('script[src*="/js/screening-progress"]')) setTimeout(poll, 2000);
  } catch (e) {
    // Network trouble: leave the page as it is; the refresh link still works.
  }
}

setTimeout(poll, 2000);
