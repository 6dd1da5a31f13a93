//@ run-pass
//@ spec: 16.9
// collect() into Option<V> and Result<V, E>: every value, or the first None / Err (the items
// after it are not taken, and what was collected is dropped).
#[derive(Debug)]
struct Bad(usize);

fn check(i: usize, s: &str) -> Result<u32, Bad> {
    if s.is_empty() { Err(Bad(i)) } else { Ok(s.len() as u32) }
}

fn main() {
    let v = vec![1, 2, 3];
    let odd_halves: Option<Vec<i32>> =
        v.iter().map(|x| if x % 2 == 1 { Some(x / 2) } else { None }).collect();
    let all: Option<Vec<i32>> = v.iter().map(|x| Some(*x)).collect();
    let word: Option<String> = vec![Some('o'), Some('k')].into_iter().collect();
    println!("{:?} {:?} {:?}", odd_halves, all, word);

    let names = vec![Some(String::from("a")), None, Some(String::from("c"))];
    let owned: Option<Vec<String>> = names.clone().into_iter().collect();
    let first: Option<Vec<String>> = names.into_iter().take(1).collect();
    println!("{:?} {:?}", owned, first);

    let words = vec!["ab", "", "c"];
    let r: Result<Vec<u32>, Bad> = words.iter().enumerate().map(|(i, w)| check(i, w)).collect();
    let ok: Result<Vec<u32>, Bad> =
        words.iter().filter(|w| !w.is_empty()).enumerate().map(|(i, w)| check(i, w)).collect();
    println!("{:?} {:?}", r, ok);
    if let Err(Bad(at)) = r {
        println!("first bad word at {}", at);
    }
    let parsed: Result<Vec<i64>, String> =
        vec!["4", "5"].iter().map(|s| s.parse::<i64>().map_err(|e| e.to_string())).collect();
    let failed: Result<Vec<i32>, String> =
        vec![Ok(1), Err(String::from("boom")), Err(String::from("late"))].into_iter().collect();
    println!("{:?} {:?}", parsed, failed);
}
