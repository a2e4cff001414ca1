using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// The publish engine of <see cref="UaClient"/>: Publish requests kept outstanding, acknowledgements, sequence gaps
/// filled with Republish, and back-off when the server has too many Publish requests.
/// </summary>
public sealed partial class UaClient
{
    private int _publishesInFlight;
    private int _publishTarget;

    /// <summary>How many Publish requests the client now keeps at the server: lowered when the server has too many.</summary>
    internal int PublishRequestTarget => Volatile.Read(ref _publishTarget);

    internal void Acknowledge(uint subscriptionId, uint sequenceNumber) =>
        _acknowledgements.Enqueue(new SubscriptionAcknowledgement { SubscriptionId = subscriptionId, SequenceNumber = sequenceNumber });

    internal void RequestRepublish(UaSubscription subscription, uint first, uint last) =>
        _ = RepublishAsync(subscription, first, last);

    private async Task RepublishAsync(UaSubscription subscription, uint first, uint last)
    {
        for (var sequence = first; sequence <= last && sequence >= first; sequence++)
        {
            try
            {
                var response = await CallServiceAsync<RepublishResponse>(new RepublishRequest { SubscriptionId = subscription.Id, RetransmitSequenceNumber = sequence }, _stopping.Token);
                subscription.DeliverRepublished(response.NotificationMessage);
                Acknowledge(subscription.Id, sequence);
            }
            catch (ServiceResultException)
            {
                subscription.MessageLost();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void StartPublishing() => TopUpPublishes();

    private TimeSpan PublishTimeout()
    {
        var longest = TimeSpan.Zero;
        foreach (var subscription in _subscriptions.Values)
        {
            var quiet = subscription.PublishingInterval * Math.Max(1u, subscription.MaxKeepAliveCount);
            if (quiet > longest) longest = quiet;
        }
        return longest + longest / 2 + _options.RequestTimeout;
    }

    /// <summary>Keeps <see cref="UaClientOptions.PublishRequestCount"/> Publish requests at the server while subscriptions exist.</summary>
    private void TopUpPublishes()
    {
        while (!_stopping.IsCancellationRequested && IsConnected && !_subscriptions.IsEmpty)
        {
            var inFlight = Volatile.Read(ref _publishesInFlight);
            if (inFlight >= Volatile.Read(ref _publishTarget)) return;
            if (Interlocked.CompareExchange(ref _publishesInFlight, inFlight + 1, inFlight) != inFlight) continue;
            _ = PostPublishAsync();
        }
    }

    private async Task PostPublishAsync()
    {
        var acknowledgements = new List<SubscriptionAcknowledgement>();
        while (_acknowledgements.TryDequeue(out var ack)) acknowledgements.Add(ack);
        var sent = acknowledgements.ToArray();
        try
        {
            Touch();
            await _channel.PostRequestAsync(new PublishRequest { SubscriptionAcknowledgements = sent }, PublishTimeout(), _publishDecoder.Decode,
                body => OnPublishAnswered(body, sent));
        }
        catch (Exception e) when (e is ServiceResultException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            Interlocked.Decrement(ref _publishesInFlight);
            foreach (var ack in sent) _acknowledgements.Enqueue(ack);
        }
    }

    /// <summary>Runs on the channel's receive loop when a Publish request is answered; sends the next one straight away.</summary>
    private void OnPublishAnswered(object body, SubscriptionAcknowledgement[] acknowledgements)
    {
        Interlocked.Decrement(ref _publishesInFlight);
        var status = body switch
        {
            PublishOutcome outcome => outcome.Status,
            ServiceFault fault => fault.ResponseHeader.ServiceResult,
            ServiceResultException error => error.StatusCode,
            _ => StatusCode.BadUnknownResponse,
        };
        if (status == StatusCode.BadTimeout)
        {
            foreach (var ack in acknowledgements) _acknowledgements.Enqueue(ack);
        }
        else if (status == StatusCode.BadTooManyPublishRequests)
        {
            Volatile.Write(ref _publishTarget, Math.Max(1, Volatile.Read(ref _publishesInFlight)));
            return;
        }
        else if (status == StatusCode.BadNoSubscription)
        {
            _ = RetryPublishingAsync();
            return;
        }
        else if (status.IsBad && !IsConnected)
        {
            return;
        }
        TopUpPublishes();
    }

    private async Task RetryPublishingAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), _options.Clock, _stopping.Token);
            TopUpPublishes();
        }
        catch (OperationCanceledException)
        {
            // The client is closing.
        }
    }

    /// <summary>
    /// Asks again, in order, for every notification message after the last one received, until the server has no
    /// more (BadMessageNotAvailable): the messages it sent while the connection was down. Runs before publishing
    /// resumes, so that the consumer sees them before newer ones. Returns the subscriptions the server no longer has
    /// (their lifetime ran out while the client was away).
    /// </summary>
    private async Task<IReadOnlyList<UaSubscription>> RepublishMissedAsync(IReadOnlyList<UaSubscription> subscriptions, CancellationToken cancellationToken)
    {
        var missing = new List<UaSubscription>();
        foreach (var subscription in subscriptions)
        {
            for (var sequence = subscription.LastSequenceNumber + 1; sequence != 0; sequence++)
            {
                RepublishResponse response;
                try
                {
                    response = await CallServiceAsync<RepublishResponse>(new RepublishRequest { SubscriptionId = subscription.Id, RetransmitSequenceNumber = sequence }, cancellationToken);
                }
                catch (ServiceResultException e) when (e.StatusCode == StatusCode.BadSubscriptionIdInvalid)
                {
                    missing.Add(subscription);
                    break;
                }
                catch (ServiceResultException e) when (!IsConnectionFailure(e.StatusCode))
                {
                    break;
                }
                subscription.DeliverRepublished(response.NotificationMessage);
                Acknowledge(subscription.Id, sequence);
            }
        }
        return missing;
    }
}
