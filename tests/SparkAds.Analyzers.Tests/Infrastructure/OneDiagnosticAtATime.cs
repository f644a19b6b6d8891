using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Fixing a document as a user who takes one light bulb at a time would: analyse, apply the chosen action of the first
/// diagnostic that offers one, analyse the result again, until no diagnostic offers one. The fuzz tests check that Fix All
/// gives the same text on generated batches (fix tests get the same check from Microsoft.CodeAnalysis.Testing, and read
/// the actions offered and a single action's result through <see cref="ActionsAsync"/> and <see cref="ApplyAsync"/>).
/// </summary>
internal static class OneDiagnosticAtATime
{
    /// <summary>
    /// The document once no diagnostic of <paramref name="fixableDiagnostics"/> offers an action <paramref name="choose"/>
    /// picks; fails when that takes more than <paramref name="maxSteps"/> actions (the fix does not converge).
    /// </summary>
    public static async Task<Document> FixAsync(
        Document document,
        CodeFixProvider fixer,
        Func<Document, Task<ImmutableArray<Diagnostic>>> fixableDiagnostics,
        Func<IReadOnlyList<CodeAction>, CodeAction?> choose,
        int maxSteps)
    {
        var current = document;
        for (var step = 0; ; step++)
        {
            CodeAction? next = null;
            foreach (var diagnostic in await fixableDiagnostics(current))
            {
                if ((next = choose(await ActionsAsync(fixer, current, diagnostic))) is not null)
                {
                    break;
                }
            }

            if (next is null)
            {
                return current;
            }

            Assert.True(step < maxSteps, $"Applying the fix one diagnostic at a time does not converge within {maxSteps} actions.");
            current = await ApplyAsync(next, current);
        }
    }

    /// <summary>The actions <paramref name="fixer"/> offers for <paramref name="diagnostic"/>.</summary>
    public static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    /// <summary>The document as <paramref name="action"/> changes it.</summary>
    public static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
    }

    /// <summary>The 1-based line at which <paramref name="first"/> and <paramref name="second"/> first differ.</summary>
    public static int FirstDifferingLine(string first, string second)
    {
        var length = Math.Min(first.Length, second.Length);
        var at = 0;
        while (at < length && first[at] == second[at])
        {
            at++;
        }

        return second.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>Line <paramref name="line"/> (1-based) of <paramref name="text"/>, or an empty string past its end.</summary>
    public static string Line(string text, int line) => text.Split('\n') is var lines && line <= lines.Length ? lines[line - 1] : string.Empty;
}
