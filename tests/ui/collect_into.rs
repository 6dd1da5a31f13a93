//@ spec: 17.9
// collect builds what is asked for: a Vec (by annotation or turbofish) or a String (from
// chars, strs or Strings).
fn initials(names: &[&str]) -> String {
    names.iter().filter_map(|n| n.chars().next()).collect()
}

fn main() {
    let squares: Vec<u64> = (1..=6).map(|n| n * n).collect();
    let odd = squares.iter().filter(|n| *n % 2 == 1).copied().collect::<Vec<u64>>();
    println!("{:?} {:?}", squares, odd);
    let backwards: String = "stressed".chars().rev().collect();
    let shouted = "quiet please".split(' ').map(|w| w.to_uppercase()).collect::<Vec<String>>().join(" ");
    println!("{} | {}", backwards, shouted);
    println!("{}", initials(&["Ada", "Barbara", "Claude"]));
    let glued: String = vec!["con", "cat", "enate"].into_iter().collect();
    let from_strings: String = vec![String::from("a"), String::from("b")].into_iter().collect();
    println!("{} {}", glued, from_strings);
    let pairs: Vec<(usize, char)> = "hey".char_indices().collect();
    println!("{:?}", pairs);
}
