using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Runner.Notebooks;

namespace Runner.Cli;

/// <summary>
/// The JUnit XML report of a run, in the common schema that GitHub (test-reporter actions), GitLab
/// (<c>artifacts:reports:junit</c>) and Azure Pipelines (<c>PublishTestResults</c>) read: a <c>testsuites</c> root
/// holding one <c>testsuite</c> named "runner", with one <c>testcase</c> per notebook in input order. A failing
/// notebook's case has a <c>failure</c> (its first failure as the message, every failure as the text), a notebook
/// that could not be run has an <c>error</c>, and times are seconds.
/// </summary>
internal static class JUnitReport
{
    public const string SuiteName = "runner";

    /// <summary>The report of <paramref name="cases"/>, which took <paramref name="time"/> in all from <paramref name="started"/>.</summary>
    public static XDocument Build(IReadOnlyList<JUnitTestCase> cases, TimeSpan time, DateTimeOffset started)
    {
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", SuiteName),
            Counts(cases, time),
            // The schema's timestamp has no time zone; this one is UTC.
            new XAttribute("timestamp", started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            cases.Select(TestCase));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites", new XAttribute("name", SuiteName), Counts(cases, time), suite));
    }

    /// <summary>The report as UTF-8 XML text, indented, ending with a newline.</summary>
    public static string Serialize(XDocument report)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            report.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes the report to <paramref name="path"/> atomically (a reader never sees half a file), creating its folder.</summary>
    /// <exception cref="IOException">The file or its folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder cannot be written.</exception>
    public static void Write(string path, XDocument report) => NotebookFile.WriteAtomically(path, Serialize(report));

    private static XAttribute[] Counts(IReadOnlyList<JUnitTestCase> cases, TimeSpan time) =>
    [
        new XAttribute("tests", cases.Count),
        new XAttribute("failures", cases.Count(c => c.Failures.Count > 0)),
        new XAttribute("errors", cases.Count(c => c.Error is not null)),
        new XAttribute("skipped", cases.Count(c => c.Skipped is not null)),
        new XAttribute("time", Seconds(time)),
    ];

    private static XElement TestCase(JUnitTestCase testCase)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("classname", XmlText(testCase.ClassName)),
            new XAttribute("name", XmlText(testCase.Name)),
            new XAttribute("time", Seconds(testCase.Time)));
        if (testCase.Failures.Count > 0)
        {
            element.Add(new XElement("failure", new XAttribute("message", OneLine(testCase.Failures[0])), XmlText(string.Join('\n', testCase.Failures))));
        }

        if (testCase.Error is { } error)
        {
            element.Add(new XElement("error", new XAttribute("message", OneLine(error)), XmlText(error)));
        }

        if (testCase.Skipped is { } reason)
        {
            element.Add(new XElement("skipped", new XAttribute("message", OneLine(reason))));
        }

        return element;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => string.Join(' ', XmlText(text).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// The text with each character XML 1.0 cannot hold (control characters such as the ESC of a colour code in
    /// an error message, a lone surrogate) replaced by U+FFFD, so that one odd message cannot spoil the report.
    /// </summary>
    private static string XmlText(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }
}
