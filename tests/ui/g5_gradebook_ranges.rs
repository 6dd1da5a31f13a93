//@ spec: 16.4 16.3 15.2 15.1
// A gradebook over fixed arrays, walked with index ranges and closures that borrow the arrays.
const NAMES: [&str; 5] = ["ana", "ben", "cai", "dee", "eli"];

fn letter(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let midterm = [88, 72, 95, 54, 67];
    let final_exam = [92, 65, 98, 71, 60];
    let n = midterm.len();

    let avg = |i: usize| (midterm[i] + final_exam[i] * 2) / 3;

    for i in 0..n {
        println!("{:<4} mid {:3} final {:3} -> {:3} {}", NAMES[i], midterm[i], final_exam[i], avg(i), letter(avg(i)));
    }

    let class_total: u32 = (0..n).map(|i| avg(i)).sum();
    println!("class average: {}", class_total / n as u32);
    println!("best: {:?}", (0..n).map(|i| avg(i)).max());
    println!("worst: {:?}", (0..n).map(|i| avg(i)).min());
    let top = (0..n).find(|&i| letter(avg(i)) == 'A').map(|i| NAMES[i]);
    println!("first A: {:?}", top);
    println!("passing: {}", (0..n).filter(|&i| avg(i) >= 60).count());
    println!("everyone improved: {}", (0..n).all(|i| final_exam[i] >= midterm[i]));
    println!("anyone failed final: {}", (0..n).any(|i| final_exam[i] < 60));
    let improved = (0..n).filter(|&i| final_exam[i] > midterm[i]).map(|i| final_exam[i] - midterm[i]);
    println!("total improvement: {}", improved.fold(0, |a, d| a + d));

    let mut histogram = [0u32; 5];
    (0..n).for_each(|i| {
        let slot = match letter(avg(i)) {
            'A' => 0,
            'B' => 1,
            'C' => 2,
            'D' => 3,
            _ => 4,
        };
        histogram[slot] += 1;
    });
    println!("histogram A..F: {:?}", histogram);
    for (rank, i) in (0..n).filter(|&i| avg(i) >= 70).enumerate() {
        println!("honor roll #{}: {}", rank + 1, NAMES[i]);
    }
}
