// The exported course's pages: typeset the maths with KaTeX, then draw every Plotly figure. A live page calls
// courseRender again on each cell's new outputs.
window.courseRender = function (root) {
  if (window.renderMathInElement) {
    // LaTeX outputs may use $…$ as well; markdown's maths has already been marked by Markdig.
    root.querySelectorAll("div.latex").forEach(function (element) {
      window.renderMathInElement(element, {
        delimiters: [{ left: "$$", right: "$$", display: true }, { left: "$", right: "$", display: false }],
        throwOnError: false
      });
    });
    window.renderMathInElement(root, {
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false }
      ],
      ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code"],
      throwOnError: false
    });
  }
  root.querySelectorAll("div.plotly-figure[data-figure]").forEach(function (div) {
    var data = document.getElementById(div.getAttribute("data-figure"));
    if (window.Plotly && data) {
      window.Plotly.newPlot(div, JSON.parse(data.textContent));
    }
  });
};

document.addEventListener("DOMContentLoaded", function () {
  window.courseRender(document.body);
});
