// The live pages' code editor: CodeMirror 6 with C# highlighting (@replit/codemirror-lang-csharp), bundled by esbuild into
// assets/live-editor.js when the runner is built. Each cell's textarea stays the model (its value is what runs, is saved
// and is downloaded); the editor shows it, writes every change back to it, and follows it when it changes from outside
// (reset cell, reset page).
import { EditorView, keymap, lineNumbers, drawSelection } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching, indentOnInput, indentUnit } from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { csharp } from "@replit/codemirror-lang-csharp";

/** Replaces the textarea by an editor of its text; Shift+Enter calls onRun. Tab indents; Escape then Tab leaves the editor. */
export function attachEditor(textarea, onRun) {
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      keymap.of([{ key: "Shift-Enter", run: () => { onRun(); return true; } }, ...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
      lineNumbers(),
      history(),
      drawSelection(),
      indentOnInput(),
      indentUnit.of("    "),
      bracketMatching(),
      closeBrackets(),
      syntaxHighlighting(defaultHighlightStyle),
      csharp(),
      EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label") || "C# cell" }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        textarea.value = update.state.doc.toString();
        textarea.dispatchEvent(new Event("input"));
      }),
    ],
  });
  textarea.addEventListener("input", () => {
    const text = view.state.doc.toString();
    if (text !== textarea.value) view.dispatch({ changes: { from: 0, to: text.length, insert: textarea.value } });
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  return view;
}
