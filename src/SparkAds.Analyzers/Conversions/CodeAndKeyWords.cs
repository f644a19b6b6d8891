using System;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// The contract's word rule for names: a name means a code when its last word is <c>code</c>, a key when it is
/// <c>key</c>. Words are split at case humps, <c>_</c> and digits, in any case, and an acronym before a word is a word of
/// its own (<c>HTTPCode</c>: <c>HTTP</c>, <c>Code</c>). The last word is the last one made of letters, so a trailing number
/// or <c>_</c> changes nothing (<c>errorCode2</c> and <c>code_</c> are codes). Reads the name in place; allocates nothing.
/// </summary>
internal static class CodeAndKeyWords
{
    public const string Code = "code";
    public const string Key = "key";

    /// <summary>Whether the last word of <paramref name="name"/> is <c>code</c>: <c>code</c>, <c>errorCode</c>, <c>StatusCode</c>, <c>ERROR_CODE</c>; not <c>barcode</c>, <c>codes</c>, <c>codeValue</c>.</summary>
    public static bool EndsWithCode(string name) => LastWordIs(name, Code);

    /// <summary>Whether the last word of <paramref name="name"/> is <c>key</c>: <c>key</c>, <c>ErrorKey</c>, <c>notification_key</c>; not <c>monkey</c>, <c>keys</c>, <c>keyName</c>.</summary>
    public static bool EndsWithKey(string name) => LastWordIs(name, Key);

    /// <summary>Whether the last word of letters of <paramref name="name"/> is <paramref name="word"/>, ignoring case.</summary>
    public static bool LastWordIs(string name, string word)
    {
        var end = name.Length;
        while (end > 0 && !char.IsLetter(name[end - 1]))
        {
            end--;
        }

        if (end < word.Length)
        {
            return false;
        }

        var start = end - 1;
        if (char.IsUpper(name[start]))
        {
            // A word in capitals (CODE, the KEY of apiKEY) runs back to the first letter that is not one.
            while (start > 0 && char.IsUpper(name[start - 1]))
            {
                start--;
            }
        }
        else
        {
            // A word in lower case, with the capital that starts its hump (Code in HTTPCode, errorCode).
            while (start > 0 && char.IsLetter(name[start - 1]) && !char.IsUpper(name[start - 1]))
            {
                start--;
            }

            if (start > 0 && char.IsUpper(name[start - 1]))
            {
                start--;
            }
        }

        return end - start == word.Length && string.Compare(name, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
