"""Page-furniture lines for heldout.py, in the order they were written (see its README section)."""

# Written before the scrape rule was widened (it then caught 16 of 39), so the rule saw these...
BOILERPLATE_SEEN = [
    "Share this story", "Click here to subscribe", "You may also like", "Recommended for you",
    "Comments are closed.", "Print this page", "Related Articles", "Also read:",
    "Follow us on Instagram", "Most Read", "Log in to comment", "Sign up for our daily newsletter",
    "We use cookies to give you the best experience.", "Copyright © 2024 Daily Herald",
    "Listen to this article", "Image: Getty Images", "Download our app", "Tags: politics, Europe",
    "Loading...",
]  # fmt: skip
# ...these were written next, and the furniture vocabulary was built while looking at them...
BOILERPLATE_SEEN_LATER = [
    "Share this article on Facebook", "Subscribe now", "Sign up for free",
    "Get the latest news delivered to your inbox", "Follow us on X", "Posted by admin",
    "Advertisements", "Like this:", "Share via email", "Comments (12)", "Add a comment",
    "Continue reading below", "Story continues below advertisement", "Related Topics",
    "More on this story", "Top Stories", "Watch the video", "Sponsored Links", "Privacy Policy",
    "Accept cookies", "Previous Next", "Back to Top", "Share on WhatsApp", "Updated 2 hours ago",
    "Published 14 March 2023",
]  # fmt: skip
# ...then these, which caught 12 of 39 and made the vocabulary grow (and gain plurals)...
BOILERPLATE_SEEN_LAST = [
    "Read the full story", "Share on LinkedIn", "Click to expand", "Show more", "Open in app",
    "Tap to unmute", "View gallery", "Enlarge this image", "Hide caption", "Toggle caption",
    "Sign up to our free newsletter", "Become a member", "Support our journalism",
    "Already a subscriber? Log in", "Report abuse", "Embed", "Related Stories", "Top Videos",
    "Editors' Picks", "Follow on Google News", "Terms of Use", "Contact Us", "About Us",
    "Send us a tip", "Continue to article",
]  # fmt: skip
# ...then these, written when the rules were thought final (they caught 25 of 39); the vocabulary
# then grew by kind (content, credits, CMS names, UI verbs) and commas stopped meaning prose...
BOILERPLATE_SEEN_FOURTH = [
    "Image source, Getty Images", "Skip to content", "Sign in to your account",
    "Get 50% off your first month", "Subscribe for $1", "Republish this article",
    "Filed under politics", "Posted in Uncategorized", "Leave a comment", "Powered by WordPress",
    "Your browser does not support the audio element.", "Ad Feedback", "Paid content",
    "Partner content", "Recommended Stories", "Watch live", "Read next", "Most Popular",
    "Newsletter sign-up", "Up next", "Scroll to continue reading", "Manage consent",
    "Copy article link", "Follow the latest updates", "Media caption, Watch: the moment it fell",
]  # fmt: skip
# ...and these were written after that, and never tuned for: the honest figure.
BOILERPLATE_UNSEEN = [
    "Subscribe to our YouTube channel", "Share this post", "Tweet this", "Send feedback",
    "Open in new window", "Continue reading on the app", "Pinned comment", "Comment on this story",
    "Newer Post Older Post", "Posted 3 days ago", "Last updated: 5 March 2024",
    "This article is more than 2 years old", "Support independent journalism", "View comments",
    "Jump to comments", "Reading time: 4 minutes", "Print article", "Save for later",
    "Follow this author", "Most viewed", "Listen to this story", "Advertisement - scroll to continue",
    "Sign up for the morning briefing", "Read our privacy notice", "Photograph: Alamy",
]  # fmt: skip
