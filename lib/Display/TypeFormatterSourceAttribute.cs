namespace Calculus.Display;

/// <summary>
/// Names the formatters of a type by the convention the .NET Interactive kernel (and the course's runner)
/// discovers by name, so that values render as maths and charts without a reference to any kernel package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the type whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The formatter source type.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>
    /// The mime types a displayed value carries, each written by the formatter for it: the kernel emits exactly these
    /// (without them, only its default <c>text/html</c>), so every one must have a formatter that accepts the value.
    /// </summary>
    public string[]? PreferredMimeTypes { get; set; }
}
