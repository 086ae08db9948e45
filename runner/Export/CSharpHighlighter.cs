using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Runner.Export;

/// <summary>Colours C# source for a web page: keywords, strings, comments and numbers, everything HTML-escaped.</summary>
internal static partial class CSharpHighlighter
{
    /// <summary>The source as HTML, with tokens wrapped in <c>&lt;span class="tok-…"&gt;</c>.</summary>
    public static string ToHtml(string source)
    {
        var html = new StringBuilder(source.Length * 2);
        var position = 0;
        foreach (Match token in Tokens().Matches(source))
        {
            html.Append(WebUtility.HtmlEncode(source[position..token.Index]));
            var kind = token.Groups["comment"].Success ? "comment"
                : token.Groups["string"].Success ? "string"
                : token.Groups["number"].Success ? "number"
                : "keyword";
            html.Append("<span class=\"tok-").Append(kind).Append("\">").Append(WebUtility.HtmlEncode(token.Value)).Append("</span>");
            position = token.Index + token.Length;
        }

        html.Append(WebUtility.HtmlEncode(source[position..]));
        return html.ToString();
    }

    [GeneratedRegex("""
        (?<comment>//[^\n]*|/\*[\s\S]*?\*/)
        |(?<string>\$?@?"(?:[^"\\\n]|\\.|"")*"|'(?:[^'\\\n]|\\.)')
        |(?<number>\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?[fFdDmMlLuU]?\b)
        |(?<keyword>\b(?:abstract|as|async|await|base|bool|break|case|catch|char|class|const|continue|decimal|default|do|double|else|enum|false|finally|float|for|foreach|get|if|in|init|int|interface|internal|is|long|namespace|new|null|object|out|override|params|private|protected|public|readonly|record|ref|return|sealed|set|static|string|struct|switch|this|throw|true|try|typeof|using|var|void|when|where|while|with|yield)\b)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Tokens();
}
