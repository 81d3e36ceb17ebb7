// Progressive enhancement only: every page works without this script.
// The NHS.UK frontend is imported from the address the page gives (its fingerprinted name, cached for a year);
// a fixed '/nhsuk/…' import here could not be fingerprinted.
const frontend = document.querySelector('script[data-nhsuk-frontend]')?.dataset.nhsukFrontend
    ?? '/nhsuk/nhsuk-frontend.min.js';
const { initAll } = await import(frontend);

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
