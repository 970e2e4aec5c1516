// Keyboard shortcuts and text selection for the review page. Progressive: every action is a
// plain form on the page and works without this file; the script only finds the right form,
// fills it and submits it. No inline code anywhere (the CSP allows only files from /static).
(function () {
  'use strict';

  var table = document.querySelector('table.aligned');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody > tr'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('li.finding[data-finding]'));
  var form = document.getElementById('annotate-form');
  var help = document.getElementById('help');
  var rowIndex = -1;
  var findingIndex = -1;

  function setRow(i, scroll) {
    if (rows.length === 0) return;
    rowIndex = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, k) { r.classList.toggle('current', k === rowIndex); });
    if (scroll !== false) rows[rowIndex].scrollIntoView({ block: 'nearest' });
  }

  function rowOf(el) {
    var tr = el && el.closest('table.aligned > tbody > tr');
    return tr ? rows.indexOf(tr) : -1;
  }

  function marksOf(li) {
    return document.querySelectorAll('mark.finding[data-finding="' + li.getAttribute('data-finding') + '"]');
  }

  function setFinding(i) {
    if (findings.length === 0) return;
    findingIndex = (i + findings.length) % findings.length;
    document.querySelectorAll('.current-finding').forEach(function (el) { el.classList.remove('current-finding'); });
    var li = findings[findingIndex];
    li.classList.add('current-finding');
    var marks = marksOf(li);
    marks.forEach(function (m) { m.classList.add('current-finding'); });
    // Findings without a mark in the text (dismissed, or an omission) point at their paragraph.
    var target = marks[0] || document.getElementById(li.getAttribute('data-anchor'));
    if (target) {
      var r = rowOf(target);
      if (r >= 0) setRow(r, false);
      target.scrollIntoView({ block: 'center' });
    }
    li.scrollIntoView({ block: 'nearest' });
  }

  // ---- post-editing: the form from #edit-template, put in place of the paragraph's edit link ----

  var editTemplate = document.getElementById('edit-template');

  /** The paragraph as it reads now: its newest edit (the diff without deletions), else the MT. */
  function currentText(para) {
    var diff = para.querySelector('.edit p.diff');
    if (!diff) return para.querySelector('p.text').textContent;
    var copy = diff.cloneNode(true);
    copy.querySelectorAll('del').forEach(function (d) { d.remove(); });
    return copy.textContent;
  }

  function openEditor(link) {
    var para = link.closest('.para');
    var open = para.querySelector('form.edit-form');
    if (!open) {
      open = editTemplate.content.firstElementChild.cloneNode(true);
      var n = para.id.replace('target-', '');
      open.action = link.href;
      open.elements.version.value = link.getAttribute('data-version');
      open.elements.text.value = currentText(para);
      open.elements.text.setAttribute('aria-label', open.getAttribute('data-label').replace('{n}', n));
      open.querySelector('button.cancel').addEventListener('click', function () {
        open.remove();
        link.hidden = false;
        link.focus();
      });
      link.hidden = true;
      link.after(open);
    }
    var area = open.elements.text;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }

  if (editTemplate) {
    table.addEventListener('click', function (ev) {
      var link = ev.target.closest && ev.target.closest('a.edit-link');
      if (!link) return;
      ev.preventDefault();
      openEditor(link);
    });
  }

  // ---- selection → annotation form (offsets in code points, as the server stores them) ----

  function codePoints(s) {
    return Array.from(s).length;
  }

  /** Code points from the start of the paragraph text to a boundary point of the selection. */
  function offsetIn(p, node, offset) {
    var r = document.createRange();
    r.selectNodeContents(p);
    r.setEnd(node, offset);
    return codePoints(r.toString());
  }

  function paragraphTextOf(node) {
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el ? el.closest('.para > p.text') : null;
  }

  function status(message) {
    var out = form && form.querySelector('.selection-status');
    if (out) out.textContent = message;
  }

  /** Fills the form from the selection; returns false when there is nothing usable. */
  function fillFromSelection(report) {
    if (!form) return false;
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return false;
    var range = sel.getRangeAt(0);
    var p = paragraphTextOf(range.startContainer);
    if (!p || paragraphTextOf(range.endContainer) !== p) {
      if (report) status(form.getAttribute('data-msg-outside'));
      return false;
    }
    var start = offsetIn(p, range.startContainer, range.startOffset);
    var end = offsetIn(p, range.endContainer, range.endOffset);
    if (end <= start) return false;
    var m = /^(source|target)-(\d+)$/.exec(p.parentElement.id);
    if (!m) return false;
    form.elements.side.value = m[1];
    form.elements.para.value = m[2];
    form.elements.quote.value = range.toString();
    form.elements.start.value = String(start);
    form.elements.end.value = String(end);
    status(form.getAttribute('data-msg-selected')
      .replace('{side}', form.getAttribute('data-side-' + m[1]))
      .replace('{n}', m[2]));
    return true;
  }

  if (form) {
    document.addEventListener('selectionchange', function () { fillFromSelection(false); });
    // Typing in the fields by hand means the offsets of an earlier selection no longer apply.
    ['side', 'para', 'quote'].forEach(function (name) {
      form.elements[name].addEventListener('input', function () {
        form.elements.start.value = '';
        form.elements.end.value = '';
      });
    });
  }

  // ---- keys ----

  function inField(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  var keys = {
    j: function () { setRow(rowIndex + 1); },
    k: function () { setRow(rowIndex - 1); },
    n: function () { setFinding(findingIndex + 1); },
    N: function () { setFinding(findingIndex - 1); },
    c: function () {
      var li = findings[findingIndex];
      var button = li && li.querySelector('button.confirm');
      if (button) button.click();
    },
    d: function () {
      var li = findings[findingIndex];
      var details = li && li.querySelector('details.dismiss');
      if (!details) return;
      details.open = true;
      details.querySelector('input[name="reason"]').focus();
    },
    a: function () {
      if (!form) return;
      fillFromSelection(true);
      form.scrollIntoView({ block: 'nearest' });
      form.elements.category.focus();
    },
    e: function () {
      var tr = rows[rowIndex];
      var link = tr && tr.querySelector('td.tgt a.edit-link');
      if (link && editTemplate) openEditor(link);
    },
    '?': function () {
      if (!help) return;
      help.open = !help.open;
      if (help.open) help.scrollIntoView({ block: 'nearest' });
    },
  };

  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && inField(document.activeElement)) {
      document.activeElement.blur();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || inField(ev.target)) return;
    var action = keys[ev.key];
    if (!action) return;
    ev.preventDefault();
    action();
  });

  // Marks are focusable so their message (the title) shows on focus, not only on hover.
  document.querySelectorAll('mark.finding, mark.ann').forEach(function (m) { m.tabIndex = 0; });
  document.addEventListener('focusin', function (ev) {
    var mark = ev.target.closest && ev.target.closest('mark.finding');
    if (!mark) return;
    var li = document.getElementById('finding-' + mark.getAttribute('data-finding'));
    var i = findings.indexOf(li);
    if (i >= 0 && i !== findingIndex) {
      findingIndex = i;
      document.querySelectorAll('.current-finding').forEach(function (el) { el.classList.remove('current-finding'); });
      li.classList.add('current-finding');
      marksOf(li).forEach(function (m) { m.classList.add('current-finding'); });
    }
  });
  table.addEventListener('click', function (ev) {
    var r = rowOf(ev.target);
    if (r >= 0) setRow(r, false);
  });

  // After a form post the server sends the reviewer back to the place acted on (#finding-N, #target-N).
  var hash = decodeURIComponent(location.hash.slice(1));
  var fm = /^finding-(\d+)$/.exec(hash);
  if (fm) {
    var at = findings.indexOf(document.getElementById(hash));
    if (at >= 0) setFinding(at);
  } else if (hash) {
    var r0 = rowOf(document.getElementById(hash));
    if (r0 >= 0) setRow(r0, false);
  }
  // A link in the page (the names panel's paragraph links) makes the row it jumps to the current one, for j/k/e.
  window.addEventListener('hashchange', function () {
    var r1 = rowOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));
    if (r1 >= 0) setRow(r1, false);
  });
})();
