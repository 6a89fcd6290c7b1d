using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Processes.Content;

/// <summary>
/// One commitment of a response, as an item: what is promised, by when, who carries it, and its state when the
/// response was written (follow-ups then update it, see <see cref="CommitmentUpdate"/>). « En retard » is never a
/// status: it is derived from the deadline (<see cref="CommitmentStatuses.IsLate"/>). Older documents stored a
/// commitment as a bare sentence; it reads as a commitment with that text and no deadline.
/// </summary>
[JsonConverter(typeof(CommitmentJsonConverter))]
public sealed record Commitment(string Text, DateOnly? Deadline = null, string? BodyInCharge = null, string State = CommitmentStatuses.ToStart);

/// <summary>A follow-up's news about one commitment of the response: its rank (1 for the first) and its new state.</summary>
public sealed record CommitmentUpdate(int Engagement, string State);

/// <summary>Reads a commitment from a sentence (older documents) or an object; always writes an object.</summary>
internal sealed class CommitmentJsonConverter : JsonConverter<Commitment>
{
    public override Commitment? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new Commitment(reader.GetString() ?? string.Empty)
            : JsonSerializer.Deserialize<Shape>(ref reader, options)?.ToCommitment();

    public override void Write(Utf8JsonWriter writer, Commitment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, new Shape(value.Text, value.Deadline, value.BodyInCharge, value.State), options);
    }

    // The same fields without the converter, so that (de)serialising them does not come back here.
    private sealed record Shape(string? Text, DateOnly? Deadline = null, string? BodyInCharge = null, string? State = null)
    {
        public Commitment ToCommitment() => new(Text ?? string.Empty, Deadline, BodyInCharge, State ?? CommitmentStatuses.ToStart);
    }
}
