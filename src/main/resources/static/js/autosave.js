/*
 * Autosave of the application's step forms. htmx posts the form a few seconds after the last keystroke
 * (data-hx-trigger on the form) and swaps the server's status into #autosave-status; this file only says
 * "unsaved changes" while the person types, and when a save fails (network error, 5xx, or an answer that
 * is not the step's own, such as the login page after the session ended) it says so and tries again a
 * few times before asking for the Enregistrer button. The texts come from the page (data-* attributes of
 * the status area), in the reader's language. When the person presses the step's button while an
 * autosave is still on its way, the button's save waits for it (and for any autosave queued behind it),
 * so that an older autosave can never land after the button's save and undo part of it.
 * No inline script, no eval: the page's CSP forbids both.
 */
(function () {
  'use strict';

  var RETRY_DELAY_MS = 5000;
  var MAX_RETRIES = 3;
  var SUBMIT_WAIT_MAX_MS = 10000;
  var retries = new WeakMap();
  var inFlight = new WeakMap();
  var waitingSubmit = new WeakSet();

  function statusOf(form) {
    var status = form.querySelector('#autosave-status');
    return (status && form.hasAttribute('data-hx-post')) ? status : null;
  }

  function say(status, text) {
    if (status.textContent.trim() !== text) {
      status.textContent = text;
    }
  }

  function autosaveForm(event) {
    var elt = event.detail && event.detail.elt;
    return (elt && elt.tagName === 'FORM' && statusOf(elt)) ? elt : null;
  }

  function failed(form) {
    var status = statusOf(form);
    var count = (retries.get(form) || 0) + 1;
    retries.set(form, count);
    if (count > MAX_RETRIES) {
      say(status, status.dataset.failed);
      return;
    }
    say(status, status.dataset.retrying);
    window.setTimeout(function () {
      // The form's own trigger (change) posts it again, through htmx's queue (data-hx-sync).
      form.dispatchEvent(new Event('change'));
    }, RETRY_DELAY_MS * count);
  }

  function submitWhenIdle(form) {
    if (waitingSubmit.has(form) && !(inFlight.get(form) > 0)) {
      waitingSubmit.delete(form);
      form.submit();
    }
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = autosaveForm(event);
    if (form) {
      inFlight.set(form, (inFlight.get(form) || 0) + 1);
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = autosaveForm(event);
    if (!form) {
      return;
    }
    inFlight.set(form, Math.max(0, (inFlight.get(form) || 0) - 1));
    // After htmx has sent what it queued behind this request (it does so once this event is over).
    window.setTimeout(function () {
      submitWhenIdle(form);
    }, 0);
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!statusOf(form) || !(inFlight.get(form) > 0)) {
      return;
    }
    event.preventDefault();
    if (!waitingSubmit.has(form)) {
      waitingSubmit.add(form);
      // Never wait for ever on an autosave that does not come back: the button's save goes anyway.
      window.setTimeout(function () {
        if (waitingSubmit.has(form)) {
          waitingSubmit.delete(form);
          form.submit();
        }
      }, SUBMIT_WAIT_MAX_MS);
    }
  });

  document.addEventListener('input', function (event) {
    var form = event.target.form || event.target.closest('form');
    var status = form && statusOf(form);
    if (status) {
      say(status, status.dataset.unsaved);
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var form = autosaveForm(event);
    if (!form) {
      return;
    }
    var xhr = event.detail.xhr;
    var asked = new URL(form.getAttribute('data-hx-post'), window.location.href).pathname;
    var answered = xhr.responseURL ? new URL(xhr.responseURL).pathname : asked;
    if (answered !== asked) {
      // Redirected elsewhere (the session ended): not a save, never shown in the status area.
      event.detail.shouldSwap = false;
      failed(form);
    }
    else if (event.detail.shouldSwap) {
      retries.delete(form);
    }
  });

  document.addEventListener('htmx:sendError', function (event) {
    var form = autosaveForm(event);
    if (form) {
      failed(form);
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var form = autosaveForm(event);
    if (form) {
      failed(form);
    }
  });
}());
