using TempoClone.Web.Accounts;

namespace TempoClone.UnitTests.Accounts;

public class CommonPasswordValidatorTests
{
    [Fact]
    public void ShippedList_HoldsThousandsOfPasswords() => Assert.InRange(CommonPasswordValidator.Count, 5_000, 50_000);

    [Theory]
    [InlineData("1234567890")]
    [InlineData("Password2024")]
    [InlineData("PASSWORD1234")]
    [InlineData("iloveyou123")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Indonesia2025")]
    [InlineData("sayangku123")]
    [InlineData("bismillah1234")]
    [InlineData("tempoclone")]
    [InlineData("aaaaaaaaaaaa")]
    public void CommonPassword_IsRefused(string password) => Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("kopi tubruk di pagi hari")]
    [InlineData("Hujan-turun-di-Bogor-7")]
    public void Passphrase_IsNotCommon(string password) => Assert.False(CommonPasswordValidator.IsCommon(password));
}
