using Lucene.Net.Analysis;

namespace Portal.Tests.Search;

/// <summary>Another analyzer, counting every character its token streams read: what a snippet really analyses.</summary>
internal sealed class CountingAnalyzer(Analyzer inner) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    public long CharactersRead { get; private set; }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => new Counting(reader, this);

    private sealed class Counting(TextReader reader, CountingAnalyzer owner) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => Counted(reader.Read(buffer, index, count));

        public override int Read(Span<char> buffer) => Counted(reader.Read(buffer));

        public override int Read()
        {
            var c = reader.Read();
            Counted(c < 0 ? 0 : 1);
            return c;
        }

        public override int Peek() => reader.Peek();

        private int Counted(int read)
        {
            owner.CharactersRead += Math.Max(0, read);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                reader.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
