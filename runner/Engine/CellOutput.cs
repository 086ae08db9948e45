using System.Text.Json.Serialization;

namespace Runner.Engine;

/// <summary>
/// One output of a cell as the kernel produced it: text on a stream, a displayed value, the cell's value, an update
/// to a value displayed earlier, or an error.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StreamOutput), "stream")]
[JsonDerivedType(typeof(DisplayOutput), "display")]
[JsonDerivedType(typeof(ResultOutput), "result")]
[JsonDerivedType(typeof(DisplayUpdate), "update")]
[JsonDerivedType(typeof(ErrorOutput), "error")]
public abstract record CellOutput;
