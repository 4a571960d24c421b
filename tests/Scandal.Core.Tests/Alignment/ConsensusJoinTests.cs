using Scandal.Core.Alignment;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>The consensus builder on hand-made renderings: joins between parts no rendering prints together.</summary>
public class ConsensusJoinTests
{
    private static Rendering Make(string documentId, string text, int index) =>
        new(index, new Quote($"{documentId}#q1", documentId, "Mira Castellane", QuoteKind.Direct, [text], [new TextSpan(0, text.Length)]), isReference: false);

    private static Consensus Build(params (string Doc, string Text)[] renderings) =>
        ConsensusBuilder.Build(renderings.Select((r, i) => Make(r.Doc, r.Text, i)).ToList(), new WordCosts());

    [Fact]
    public void Join_WordAndItsContractionAtAJoinNobodyPrints_IsNotDoubled()
    {
        var consensus = Build(
            ("coast", "The talks went on all night and in the end I"),
            ("isles", "I'd like to know what changed overnight"));

        Assert.Equal("The talks went on all night and in the end … I'd like to know what changed overnight", consensus.Text());
        Assert.Equal(consensus.Display.Count(w => !w.IsGap), consensus.Words.Count);
    }

    [Fact]
    public void Join_PartsNobodyJoins_AreSeparatedByAGapAndEndASentence()
    {
        var consensus = Build(
            ("coast", "The harbour wall held through the storm"),
            ("isles", "ferries will sail again on Monday morning"));

        Assert.Equal("The harbour wall held through the storm … ferries will sail again on Monday morning", consensus.Text());
        Assert.Equal(consensus.Words.Count, consensus.Norms.Count);
        var beforeGap = consensus.Norms.IndexOf("storm");
        Assert.True(consensus.EndsSentence[beforeGap]); // a rendering starting after a gap is not truncated
    }

    [Fact]
    public void Join_TheSameWordRepeatedByARendering_IsKept()
    {
        var consensus = Build(
            ("coast", "It was a very very long night for the crews"),
            ("isles", "It was a very very long night for the crews"));

        Assert.Equal("It was a very very long night for the crews", consensus.Text());
    }
}
