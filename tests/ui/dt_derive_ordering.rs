//@ run-pass
//@ spec: 11.4 6.3
// Derived PartialOrd/Ord on structs and enums drive a bubble sort of a leaderboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier { Bronze, Silver, Gold }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    tier: Tier,
    score: u32,
    name: &'static str,
}

fn sort_desc(es: &mut [Entry]) {
    let n = es.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if es[j] < es[j + 1] {
                let t = es[j];
                es[j] = es[j + 1];
                es[j + 1] = t;
            }
        }
    }
}

fn main() {
    let mut board = [
        Entry { tier: Tier::Silver, score: 90, name: "ana" },
        Entry { tier: Tier::Gold, score: 40, name: "bo" },
        Entry { tier: Tier::Silver, score: 90, name: "cy" },
        Entry { tier: Tier::Bronze, score: 99, name: "di" },
        Entry { tier: Tier::Gold, score: 40, name: "al" },
    ];
    sort_desc(&mut board);
    let mut rank = 1;
    for e in &board {
        println!("{}. {:<3} {:?} {}", rank, e.name, e.tier, e.score);
        rank += 1;
    }
    println!("{} {} {}", Tier::Gold > Tier::Silver, Tier::Bronze <= Tier::Bronze, Tier::Gold as u8);
    println!("{}", board[0] > board[1]);
    println!("{}", (1, "b", 'z') < (1, "c", 'a'));
    println!("{}", [3, 1, 4] > [3, 1, 2]);
    println!("{} {}", "apple" < "apricot", "Zebra" < "apple");
    let a = Entry { tier: Tier::Gold, score: 1, name: "x" };
    let b = Entry { score: 2, ..a };
    println!("{} {} {}", a < b, a == b, a != b);
    println!("{:?}", b);
}
