using System.Text.Json.Serialization;

namespace Runner.Engine;

/// <summary>One output of a cell: text on a stream, a displayed value, or an error.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StreamOutput), "stream")]
[JsonDerivedType(typeof(DisplayOutput), "display")]
[JsonDerivedType(typeof(ErrorOutput), "error")]
public abstract record CellOutput;
