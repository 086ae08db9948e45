using System.Text.Json.Serialization;

namespace Runner.Worker;

/// <summary>The protocol's JSON, generated at compile time so that the worker starts quickly.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkerMessage))]
[JsonSerializable(typeof(ExecuteRequest))]
internal sealed partial class WorkerJson : JsonSerializerContext
{
}
