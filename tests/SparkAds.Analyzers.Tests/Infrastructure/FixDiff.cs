namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// A code fix test's source before and after the fix, written once as a diff: a line that starts with <c>-</c> is only in
/// the source before the fix, one that starts with <c>+</c> only in the fixed source (the sign stands in for one space of
/// indentation); every other line is in both. Markup travels with its line: a diagnostic the fix clears is marked on a
/// <c>-</c> line followed by its unmarked <c>+</c> twin; one that remains is marked on a line both sources share.
/// </summary>
public static class FixDiff
{
    public static (string Before, string After) Split(string diff)
    {
        var before = new List<string>();
        var after = new List<string>();
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith('-'))
            {
                before.Add(" " + line[1..]);
            }
            else if (line.StartsWith('+'))
            {
                after.Add(" " + line[1..]);
            }
            else
            {
                before.Add(line);
                after.Add(line);
            }
        }

        return (string.Join('\n', before), string.Join('\n', after));
    }
}
