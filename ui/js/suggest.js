// Suggestions as you type for the search box: an ARIA 1.2 combobox (input + listbox) with
// ArrowUp/ArrowDown, Enter, Escape, mouse; the request is debounced and stale answers are dropped.

import { suggest } from './api.js';
import { debounce, h } from './dom.js';
import { appendHighlighted } from './highlight.js';
import { countOf } from './text.js';

const DELAY_MS = 200;
const MIN_CHARS = 2;

/**
 * Wires the combobox. `onChoose(text)` runs when a suggestion is picked; by default the form
 * is submitted with it.
 */
export function attachSuggest(input, listbox, status, onChoose) {
  let items = [];
  let active = -1;
  let controller = null;

  const close = () => {
    controller?.abort();
    items = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const setActive = (index) => {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      const option = listbox.children[index];
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (text) => {
    input.value = text;
    close();
    onChoose(text);
  };

  const show = (suggestions) => {
    const list = suggestions.map((s) => s.text);
    items = list;
    active = -1;
    listbox.replaceChildren(...suggestions.map(({ text, marks }, i) => {
      const option = h('li', { id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false' });
      appendHighlighted(option, text, marks); // the API marks the words starting with a typed one
      // mousedown, not click: keeps the focus in the input so the list does not close first
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(text);
      });
      return option;
    }));
    listbox.hidden = list.length === 0;
    input.setAttribute('aria-expanded', String(list.length > 0));
    input.removeAttribute('aria-activedescendant');
    status.textContent = list.length > 0 ? `${countOf(list.length, 'suggestion')} disponible${list.length > 1 ? 's' : ''}` : '';
  };

  const fetchSuggestions = debounce(async () => {
    const typed = input.value.trim();
    if (typed.length < MIN_CHARS) {
      close();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      const list = await suggest(typed, controller.signal);
      if (input.value.trim() === typed && document.activeElement === input) show(list.slice(0, 8));
    } catch (error) {
      if (error.name !== 'AbortError') close(); // suggestions are a help: fail quietly
    }
  }, DELAY_MS);

  input.addEventListener('input', fetchSuggestions);
  input.addEventListener('keydown', (event) => {
    const open = items.length > 0 && !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        if (open) {
          event.preventDefault();
          setActive((active + 1) % items.length);
        } else {
          fetchSuggestions();
        }
        break;
      case 'ArrowUp':
        if (open) {
          event.preventDefault();
          setActive(active <= 0 ? items.length - 1 : active - 1);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          choose(items[active]);
        } else {
          fetchSuggestions.cancel();
          close();
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => {
    fetchSuggestions.cancel();
    close();
  });
  return { close };
}
