using System.Globalization;

namespace Assistant.TestSupport;

/// <summary>
/// Generates Norwegian national identity numbers and D-numbers with valid control digits, from a
/// seeded random source, so privacy tests use real-shaped numbers without real people's numbers.
/// </summary>
public static class IdentityNumbers
{
    private static readonly int[] First = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Valid numbers; <paramref name="dNumber"/> adds 40 to the day.</summary>
    public static IEnumerable<string> Valid(int seed, int count, bool dNumber = false)
    {
        var random = new Random(seed);
        var made = 0;
        while (made < count)
        {
            var day = random.Next(1, 29) + (dNumber ? 40 : 0);
            var month = random.Next(1, 13);
            var year = random.Next(0, 100);
            var individual = random.Next(0, 1000);
            var digits = string.Create(CultureInfo.InvariantCulture, $"{day:00}{month:00}{year:00}{individual:000}").Select(c => c - '0').ToList();
            var k1 = Control(digits, First);
            if (k1 < 0)
            {
                continue;
            }

            digits.Add(k1);
            var k2 = Control(digits, Second);
            if (k2 < 0)
            {
                continue;
            }

            digits.Add(k2);
            made++;
            yield return string.Concat(digits);
        }
    }

    /// <summary>The same number with its last control digit changed, so it is no longer valid.</summary>
    public static string WithWrongControlDigit(string number) =>
        number[..10] + (char)('0' + ((number[10] - '0' + 1) % 10));

    private static int Control(List<int> digits, int[] weights)
    {
        var sum = weights.Select((w, i) => w * digits[i]).Sum();
        var control = 11 - (sum % 11);
        return control == 11 ? 0 : control == 10 ? -1 : control;
    }
}
