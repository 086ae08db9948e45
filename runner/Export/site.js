// The exported course's pages: typeset the maths with KaTeX, then draw every Plotly figure.
document.addEventListener("DOMContentLoaded", function () {
  if (window.renderMathInElement) {
    // LaTeX outputs may use $…$ as well; markdown's maths has already been marked by Markdig.
    document.querySelectorAll("div.latex").forEach(function (element) {
      window.renderMathInElement(element, {
        delimiters: [{ left: "$$", right: "$$", display: true }, { left: "$", right: "$", display: false }],
        throwOnError: false
      });
    });
    window.renderMathInElement(document.body, {
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false }
      ],
      ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code"],
      throwOnError: false
    });
  }
  document.querySelectorAll("div.plotly-figure[data-figure]").forEach(function (div) {
    var data = document.getElementById(div.getAttribute("data-figure"));
    if (window.Plotly && data) {
      window.Plotly.newPlot(div, JSON.parse(data.textContent));
    }
  });
});
