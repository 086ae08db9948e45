using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Runner.Engine;

/// <summary>Decides, as the kernel does, whether a cell's value is displayed: its last top-level statement is an expression with no semicolon, of a type other than void.</summary>
internal static class ReturnValue
{
    /// <summary>True when the submission in <paramref name="compilation"/> ends with a displayable expression.</summary>
    public static bool IsDisplayed(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is null || type.SpecialType != SpecialType.System_Void;
    }
}
