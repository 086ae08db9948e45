namespace Runner.Engine;

/// <summary>A formatter found by convention threw while formatting a displayed value.</summary>
public sealed class FormatterException : Exception
{
    public FormatterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
