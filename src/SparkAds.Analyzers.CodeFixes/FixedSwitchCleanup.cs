using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.CodeFixes;

/// <summary>
/// What "Add missing Spark error cases" does once its new arms are in, so that the fixed switch compiles and keeps
/// its meaning: it takes back a new arm that would make one of the switch's own value-naming arms unreachable, then
/// removes the arms that now take nothing (a catch-all, or an arm that names no value), as the compiler reports them.
/// </summary>
internal static class FixedSwitchCleanup
{
    /// <summary>Marks a switch the fix changed.</summary>
    public static readonly SyntaxAnnotation FixedSwitch = new("SparkAds.FixedSwitch");

    /// <summary>Marks a section or arm the fix added.</summary>
    public static readonly SyntaxAnnotation AddedArm = new("SparkAds.AddedArm");

    public static async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
    {
        var found = await UnreachableOriginalArmsAsync(document, cancellationToken).ConfigureAwait(false);
        var withdrawn = ShadowingNewArms(found.Model, found.Arms, cancellationToken);
        if (found.Root is not null && withdrawn.Count > 0)
        {
            // The compiler is asked again only when arms were taken back: what is unreachable may have changed.
            document = document.WithSyntaxRoot(found.Root.RemoveNodes(withdrawn, SyntaxRemoveOptions.KeepNoTrivia) ?? found.Root);
            found = await UnreachableOriginalArmsAsync(document, cancellationToken).ConfigureAwait(false);
        }

        return RemoveUnreachableArms(document, found.Root, found.Arms);
    }

    /// <summary>
    /// The new arms to take back: those that would make one of the switch's own value-naming arms unreachable
    /// (CS8510, CS8120), so the fix never breaks the build: e.g. <c>case A when g:</c> stacked with a catch-all label in
    /// the section the new sections go before. A withdrawn value keeps reaching what took it before, and the diagnostic
    /// keeps naming it.
    /// </summary>
    private static List<SyntaxNode> ShadowingNewArms(SemanticModel? model, List<(SyntaxNode Switch, SyntaxNode Arm, bool Removable)> unreachable, CancellationToken cancellationToken)
    {
        var withdrawn = new List<SyntaxNode>();
        foreach (var (fixedSwitch, arm, removable) in unreachable)
        {
            if (removable || model is null)
            {
                continue;
            }

            // The new arms that name a value this arm names; when none does, every new arm before it.
            var named = NamedConstants(arm, model, cancellationToken);
            var added = fixedSwitch.ChildNodes().Where(static a => a.HasAnnotation(AddedArm)).ToList();
            var shadowing = added.Where(a => NamedConstants(a is SwitchSectionSyntax section ? section.Labels[0] : a, model, cancellationToken).Overlaps(named)).ToList();
            withdrawn.AddRange(shadowing.Count > 0 ? shadowing : added.Where(a => a.SpanStart < arm.SpanStart));
        }

        return withdrawn.Distinct().ToList();
    }

    /// <summary>
    /// The switch's own arms (labels) that the compiler finds unreachable (CS8510, CS8120) in each fixed switch, and
    /// whether each may go: a catch-all, or an arm that names no value (a type, relational or <c>not</c> arm), took
    /// only values the new arms now name. An arm that names a value stays; none when the document has no semantics.
    /// </summary>
    private static async Task<(SyntaxNode? Root, SemanticModel? Model, List<(SyntaxNode Switch, SyntaxNode Arm, bool Removable)> Arms)> UnreachableOriginalArmsAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var arms = new List<(SyntaxNode Switch, SyntaxNode Arm, bool Removable)>();
        if (root is null || model is null)
        {
            return (root, model, arms);
        }

        foreach (var fixedSwitch in root.GetAnnotatedNodes(FixedSwitch))
        {
            var switchedType = SwitchSyntaxFacts.SwitchedType(fixedSwitch, model, cancellationToken);
            foreach (var arm in UnreachableArms(fixedSwitch, model, cancellationToken))
            {
                if (!arm.AncestorsAndSelf().Any(static a => a.HasAnnotation(AddedArm)))
                {
                    var removable = SwitchSyntaxFacts.IsCatchAll(PatternOf(arm, model, cancellationToken), switchedType)
                                    || NamedConstants(arm, model, cancellationToken).Count == 0;
                    arms.Add((fixedSwitch, arm, removable));
                }
            }
        }

        return (root, model, arms);
    }

    /// <summary>The arms (labels) of <paramref name="fixedSwitch"/> the compiler finds unreachable.</summary>
    private static IEnumerable<SyntaxNode> UnreachableArms(SyntaxNode fixedSwitch, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = fixedSwitch.SyntaxTree.GetRoot(cancellationToken);
        foreach (var diagnostic in model.GetDiagnostics(fixedSwitch.Span, cancellationToken))
        {
            if (diagnostic.Id is not ("CS8510" or "CS8120"))
            {
                continue;
            }

            var arm = root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf()
                .FirstOrDefault(static n => n is SwitchExpressionArmSyntax or CasePatternSwitchLabelSyntax or CaseSwitchLabelSyntax);
            if (arm is not null && (arm.Parent == fixedSwitch || arm.Parent?.Parent == fixedSwitch))
            {
                yield return arm;
            }
        }
    }

    private static IPatternOperation? PatternOf(SyntaxNode arm, SemanticModel model, CancellationToken cancellationToken)
        => model.GetOperation(arm, cancellationToken) switch
        {
            ISwitchExpressionArmOperation armOperation => armOperation.Pattern,
            IPatternCaseClauseOperation clause => clause.Pattern,
            _ => null,
        };

    /// <summary>The constants an arm or label names: its constant patterns under <c>or</c>/<c>and</c>, never under <c>not</c>.</summary>
    private static HashSet<object?> NamedConstants(SyntaxNode arm, SemanticModel model, CancellationToken cancellationToken)
    {
        var named = new HashSet<object?>();
        if (model.GetOperation(arm, cancellationToken) is ISingleValueCaseClauseOperation { Value.ConstantValue: { HasValue: true } single })
        {
            named.Add(single.Value);
        }

        AddConstants(PatternOf(arm, model, cancellationToken), named);
        return named;

        static void AddConstants(IPatternOperation? pattern, HashSet<object?> named)
        {
            switch (pattern)
            {
                case IConstantPatternOperation { Value.ConstantValue: { HasValue: true } constant }:
                    named.Add(constant.Value);
                    break;
                case IBinaryPatternOperation binary:
                    AddConstants(binary.LeftPattern, named);
                    AddConstants(binary.RightPattern, named);
                    break;
            }
        }
    }

    /// <summary>
    /// Removes the catch-all arms (labels), and the arms that name no value, that the new arms leave unreachable, as
    /// the compiler reports them (CS8510, CS8120): e.g. a <c>_</c> after <c>not null</c> once <c>null</c> has an arm of
    /// its own, or <c>case object o when g:</c> stacked with <c>case { }:</c> once every value they took is named.
    /// </summary>
    private static Document RemoveUnreachableArms(Document document, SyntaxNode? root, List<(SyntaxNode Switch, SyntaxNode Arm, bool Removable)> arms)
    {
        var unreachable = arms.Where(static a => a.Removable).Select(static a => a.Arm).ToList();
        if (root is null || unreachable.Count == 0)
        {
            return document;
        }

        var trimmed = root.ReplaceNodes(
            unreachable.Select(static n => n.Parent!).Distinct(),
            (original, current) => current switch
            {
                SwitchExpressionSyntax expression => expression.WithArms(RemoveArms(expression.Arms, unreachable, original)),
                SwitchSectionSyntax section => RemoveLabels(section, unreachable, original),
                _ => current,
            });
        trimmed = trimmed.RemoveNodes(trimmed.DescendantNodes().OfType<SwitchSectionSyntax>().Where(static s => s.Labels.Count == 0), SyntaxRemoveOptions.KeepNoTrivia) ?? trimmed;
        return document.WithSyntaxRoot(trimmed);
    }

    private static SeparatedSyntaxList<SwitchExpressionArmSyntax> RemoveArms(SeparatedSyntaxList<SwitchExpressionArmSyntax> arms, List<SyntaxNode> unreachable, SyntaxNode original)
    {
        var originalArms = ((SwitchExpressionSyntax)original).Arms;
        for (var i = originalArms.Count - 1; i >= 0; i--)
        {
            if (unreachable.Contains(originalArms[i]))
            {
                arms = arms.RemoveAt(i);
            }
        }

        return arms;
    }

    private static SwitchSectionSyntax RemoveLabels(SwitchSectionSyntax section, List<SyntaxNode> unreachable, SyntaxNode original)
    {
        var originalLabels = ((SwitchSectionSyntax)original).Labels;
        var labels = section.Labels;
        for (var i = originalLabels.Count - 1; i >= 0; i--)
        {
            if (unreachable.Contains(originalLabels[i]))
            {
                labels = labels.RemoveAt(i);
            }
        }

        return section.WithLabels(labels);
    }
}
