using System.Globalization;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// One class of the Nice Classification (12th edition): 1–34 goods, 35–45 services. A value type so a
/// class can never be out of range once it exists.
/// </summary>
public readonly record struct NiceClass : IComparable<NiceClass>
{
    public const int First = 1;
    public const int Last = 45;

    public NiceClass(int number)
    {
        if (number is < First or > Last)
        {
            throw new SearchEngineException($"unknown Nice class {number}: classes run from {First} to {Last}");
        }

        Number = number;
    }

    public int Number { get; }

    public int CompareTo(NiceClass other) => Number.CompareTo(other.Number);

    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses "30,43" or "30 43" (empty gives an empty set); throws on anything that is not a class.</summary>
    public static IReadOnlyList<NiceClass> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var result = new SortedSet<NiceClass>();
        foreach (var part in text.Split([',', ' ', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                throw new SearchEngineException($"unknown Nice class '{part}': classes are numbers from {First} to {Last}");
            }

            result.Add(new NiceClass(n));
        }

        return [.. result];
    }
}
