await import('./mock-backend.js');
await import('../src/all.js');

const log = document.querySelector('#events')!;
const events = [
  'edu-role-select',
  'edu-settlement-select',
  'edu-municipality-select',
  'edu-organization-select',
  'edu-organization-missing',
  'edu-organization-report',
  'edu-login',
  'edu-login-request',
  'edu-application-sent',
  'edu-coverage-export',
  'edu-coverage-scope',
];
for (const type of events) {
  document.addEventListener(type, (event) => {
    const detail = JSON.stringify((event as CustomEvent).detail, null, 1).slice(0, 300);
    log.textContent = `${type} ${detail}\n${log.textContent}`;
  });
}

document.querySelector('#settlement-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  log.textContent = `form submit settlement=${data.get('settlement')}\n${log.textContent}`;
});

export {};
