using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>The receiver's side of sequence numbers: the first is taken as is, then each must be the previous plus one or a wrap.</summary>
internal sealed class SequenceNumberCheck
{
    private uint _last;
    private bool _started;

    /// <summary>Accepts <paramref name="received"/> or throws BadSequenceNumberInvalid naming the expected number.</summary>
    public void Accept(uint received)
    {
        if (_started)
        {
            var wrapped = _last >= SequenceNumberSource.WrapThreshold && received < 1024;
            if (received != _last + 1 && !wrapped)
                throw new ServiceResultException(StatusCode.BadSequenceNumberInvalid, $"invalid sequence number: expected {_last + 1}, got {received}");
        }
        _started = true;
        _last = received;
    }
}
