using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Calculus.Data;

/// <summary>Reads a CSV file with a header row into records, with CsvHelper; column names match properties ignoring case and underscores (<c>lower_cm</c> → <c>LowerCm</c>).</summary>
public static class CsvDataset
{
    /// <summary>Every row of <paramref name="path"/> as a <typeparamref name="T"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">The file is empty, a column is missing, or a row is malformed; the message names the file and the line.</exception>
    public static IReadOnlyList<T> Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The dataset {path} does not exist; the course's datasets are listed in data/README.md.", path);
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<T>();
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new DatasetFormatException(path, 1, "the file is empty; expected a header row naming the columns.");
            }

            csv.ValidateHeader<T>();
            while (csv.Read())
            {
                var row = csv.GetRecord<T>();
                if (Problem(row) is { } problem)
                {
                    throw new DatasetFormatException(path, csv.Parser.RawRow, $"{problem}: '{csv.Parser.RawRecord.TrimEnd('\r', '\n')}'.");
                }

                rows.Add(row);
            }
        }
        catch (HeaderValidationException e)
        {
            var missing = string.Join(", ", e.InvalidHeaders.SelectMany(h => h.Names));
            throw new DatasetFormatException(path, 1, $"the header lacks the column(s) {missing}.", e);
        }
        catch (CsvHelperException e)
        {
            var line = e.Context?.Parser?.RawRow ?? 0;
            var field = e.Context?.Reader?.CurrentIndex is int index && index >= 0 && e.Context.Reader.HeaderRecord is { } header && index < header.Length
                ? $" in column '{header[index]}'"
                : string.Empty;
            var raw = e.Context?.Parser?.RawRecord?.TrimEnd('\r', '\n');
            throw new DatasetFormatException(path, line, $"a malformed row{field}: '{raw}' (expected {Describe<T>()}).", e);
        }

        return rows;
    }

    /// <summary>What is wrong with a row read: a number that is NaN or infinite, or what the row's own check says.</summary>
    private static string? Problem<T>(T row)
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.PropertyType == typeof(double) && p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(row) is double value && !double.IsFinite(value))
            {
                return $"{property.Name} is {value}; expected a finite number";
            }
        }

        return row is IDatasetRow checkedRow ? checkedRow.Problem : null;
    }

    private static string Describe<T>() =>
        string.Join(", ", typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters().Select(p => $"{p.Name} ({p.ParameterType.Name})"));
}
