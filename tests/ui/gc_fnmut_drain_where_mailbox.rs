//@ spec: 15.2, 15.3, 13.2, 17.6, 17.8
// A generic mailbox moves matching messages out with drain_where(F: FnMut(&T) -> bool):
// the closure mutates a captured counter while deciding, and the removed values change owner.
struct Mailbox<T> {
    items: Vec<T>,
}

impl<T> Mailbox<T> {
    fn drain_where<F: FnMut(&T) -> bool>(&mut self, mut pred: F) -> Vec<T> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.items.len() {
            if pred(&self.items[i]) {
                out.push(self.items.remove(i));
            } else {
                i += 1;
            }
        }
        out
    }
    fn each<F: FnMut(usize, &T)>(&self, mut f: F) {
        for i in 0..self.items.len() {
            f(i, &self.items[i]);
        }
    }
}

struct Mail {
    from: String,
    subject: String,
    spam_score: u8,
}

impl Drop for Mail {
    fn drop(&mut self) {
        println!("  deleted '{}'", self.subject);
    }
}

fn mail(from: &str, subject: &str, spam_score: u8) -> Mail {
    Mail { from: from.to_string(), subject: subject.to_string(), spam_score }
}

fn main() {
    let mut inbox = Mailbox { items: vec![
        mail("boss", "meeting", 1),
        mail("shop", "SALE!!!", 9),
        mail("mom", "dinner", 0),
        mail("lotto", "you won", 8),
        mail("boss", "report", 2),
    ] };
    let mut checked = 0;
    let threshold = 5;
    let spam = inbox.drain_where(|m| {
        checked += 1;
        m.spam_score > threshold
    });
    println!("checked {}, {} spam", checked, spam.len());
    let mut listing = Vec::new();
    inbox.each(|i, m| listing.push(format!("{}:{}/{}", i, m.from, m.subject)));
    println!("{}", listing.join(" "));
    let from_boss = inbox.drain_where(|m| m.from == "boss");
    println!("boss mails: {}", from_boss.len());
    println!("emptying spam");
    drop(spam);
    println!("inbox keeps {}", inbox.items.len());
    let mut nums = Mailbox { items: (1..=10).collect::<Vec<u32>>() };
    let mut sum_removed = 0;
    let odd = nums.drain_where(|&n| {
        if n % 2 == 1 {
            sum_removed += n;
        }
        n % 2 == 1
    });
    println!("{:?} {:?} sum {}", odd, nums.items, sum_removed);
    println!("end");
}
