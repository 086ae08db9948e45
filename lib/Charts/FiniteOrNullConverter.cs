using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>
/// Writes chart numbers to 7 significant digits (more than a screen can show, a third of the 17 a double can need),
/// and NaN and ±∞ as JSON null, which Plotly draws as a gap; JSON itself has no NaN.
/// </summary>
internal sealed class FiniteOrNullConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteRawValue(value.ToString("G7", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
