//@ run-pass
//@ spec: 11.4
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Version { major: u32, minor: u32, patch: u32 }

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Rank { Low, Mid(u8), High { level: i32 } }

fn main() {
    let a = Version { major: 1, minor: 2, patch: 3 };
    let b = Version { major: 1, minor: 10, patch: 0 };
    println!("{} {} {} {}", a < b, a > b, a <= a, b >= a);
    let ranks = [Rank::Low, Rank::Mid(3), Rank::Mid(7), Rank::High { level: -1 }];
    for i in 0..ranks.len() - 1 {
        print!("{} ", ranks[i] < ranks[i + 1]);
    }
    println!();
    println!("{} {}", Rank::Mid(9) > Rank::Mid(2), Rank::High { level: 2 } < Rank::Low);
    println!("{} {}", (1, 'b') < (1, 'c'), (2, 0) > (1, 99));
    println!("{} {}", [1, 2, 3] < [1, 3, 0], [5u8; 2] == [5, 5]);
}
