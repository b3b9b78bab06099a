using SkiaSharp;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.UnitTests.Newsroom;

public class PhotoFrameWriterTests
{
    private static PhotoFrame Frame(int x, int y, int left = 0, int top = 0, int right = 0, int bottom = 0) =>
        new() { PhotoPath = "2026/a.jpg", FocusX = x, FocusY = y, CropLeft = left, CropTop = top, CropRight = right, CropBottom = bottom };

    [Theory]
    [InlineData(50, 50, 0, 250)]   // the middle: centred
    [InlineData(50, 0, 0, 0)]      // at the top edge: pushed back inside
    [InlineData(50, 100, 0, 500)]  // at the bottom edge: pushed back inside
    [InlineData(50, 75, 0, 450)]
    public void Around_TallPhoto_KeepsTheFocalPointInTheMiddleWhereItCan(int x, int y, int expectedLeft, int expectedTop)
    {
        var rect = PhotoFrameWriter.Around(SKRectI.Create(0, 0, 400, 800), 4.0 / 3, 400, 800, Frame(x, y));

        Assert.Equal(SKRectI.Create(expectedLeft, expectedTop, 400, 300), rect);
    }

    [Fact]
    public void Lead_WidePhoto_KeepsItsShape_AndTheCropIsCutFirst()
    {
        Assert.Equal(SKRectI.Create(0, 0, 1600, 900), PhotoFrameWriter.Lead(1600, 900, Frame(10, 10)));
        // 20 % off the left and 10 % off the bottom of a 1000 × 1000 photo: 800 × 900 is left, cut to 4:3 (800 × 600) at the top.
        Assert.Equal(SKRectI.Create(200, 0, 800, 600), PhotoFrameWriter.Lead(1000, 1000, Frame(50, 0, left: 20, bottom: 10)));
    }

    [Fact]
    public void Around_FocalPointOutsideTheCrop_StaysInsideTheCrop()
    {
        var crop = PhotoFrameWriter.Cropped(1000, 1000, Frame(0, 0, left: 50));

        var rect = PhotoFrameWriter.Around(crop, 16.0 / 9, 1000, 1000, Frame(0, 0, left: 50));

        Assert.Equal(SKRectI.Create(500, 0, 500, 281), rect);
    }

    [Theory]
    [InlineData(-1, 50, 0, 0, "antara 0 dan 100")]
    [InlineData(50, 101, 0, 0, "antara 0 dan 100")]
    [InlineData(50, 50, 50, 45, "Potongan terlalu banyak")]
    public void Problem_BadNumbers_AreNamedInIndonesian(int x, int y, int left, int right, string message) =>
        Assert.Contains(message, PhotoFramer.Problem(new PhotoFramer.Input(x, y, left, 0, right, 0)));

    [Fact]
    public void Problem_ValidFrame_IsNone() => Assert.Null(PhotoFramer.Problem(new PhotoFramer.Input(30, 70, 10, 0, 10, 20)));
}
