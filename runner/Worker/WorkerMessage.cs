using System.Text.Json.Serialization;

namespace Runner.Worker;

/// <summary>A message from the worker to the runner, one JSON object per line on the connection between them.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReadyMessage), "ready")]
[JsonDerivedType(typeof(OutputMessage), "output")]
[JsonDerivedType(typeof(DoneMessage), "done")]
internal abstract record WorkerMessage;
