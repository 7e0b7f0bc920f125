// GOV.UK Frontend progressive enhancement. Every page works without it.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();

// Requests from this script say so: when the session has ended the server answers 401 instead of
// sending the page to sign in, and this script tells the person.
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.content;

function post(url, body) {
  const headers = { 'X-Requested-With': 'fetch' };
  if (csrfToken) {
    headers['X-CSRF-TOKEN'] = csrfToken;
  }
  return fetch(url, { method: 'POST', body, headers, credentials: 'same-origin', redirect: 'manual' })
    .then((response) => {
      if (response.status === 204) {
        sessionTimer.touched();
        return true;
      }
      return false;
    })
    .catch(() => false);
}

// The GOV.UK timeout warning: two minutes before the session ends, a modal dialog offers to stay
// signed in; once it has ended, the dialog says what happens to what the person sends next.
const sessionTimer = (() => {
  const seconds = Number(document.body.dataset.sessionTimeout);
  const dialog = document.getElementById('session-timeout');
  const warnBefore = 120 * 1000;
  let lastContact = Date.now();
  let ended = false;
  if (!seconds || !dialog || typeof dialog.showModal !== 'function') {
    return { touched() {} };
  }
  const heading = dialog.querySelector('[data-timeout-heading]');
  const message = dialog.querySelector('[data-timeout-message]');
  const stay = dialog.querySelector('[data-timeout-stay]');

  function showEnded() {
    ended = true;
    heading.textContent = 'You have been signed out';
    message.textContent = 'Your session has ended. What you typed on this page is still here: when you send it, '
      + 'you will be asked to sign in again, and then it is put back for you to check and send.';
    stay.textContent = 'Continue';
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  stay.addEventListener('click', () => {
    if (ended) {
      dialog.close();
      return;
    }
    post('/session/keep-alive', null).then((ok) => {
      if (ok) {
        dialog.close();
      } else {
        showEnded();
      }
    });
  });

  setInterval(() => {
    if (ended) {
      return;
    }
    const left = seconds * 1000 - (Date.now() - lastContact);
    if (left <= 0) {
      showEnded();
    } else if (left <= warnBefore && !dialog.open) {
      dialog.showModal();
    }
  }, 5000);

  return {
    touched() {
      lastContact = Date.now();
    },
  };
})();

// Task forms are saved as a draft as the person types (the "Save and come back later" button does the
// same without JavaScript). Nothing is sent to the case until they complete the task.
for (const form of document.querySelectorAll('form[data-autosave-url]')) {
  const status = form.querySelector('[data-autosave-status]');
  let timer;
  const save = () => {
    post(form.dataset.autosaveUrl, new URLSearchParams(new FormData(form))).then((ok) => {
      if (!status) {
        return;
      }
      const now = new Date();
      const time = now.toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit' });
      status.textContent = ok
        ? `Draft saved at ${time}. It is not sent until you complete the task.`
        : 'Your draft could not be saved just now. Use "Save and come back later" to keep your answers.';
    });
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(save, 2000);
  });
}
