//@ spec: 18.7, 7.2
// Debug of the parse errors names their kinds as rustc does (ParseFloatError's too, not
// a number), and Debug of str and char ignores width, fill and precision.
#[derive(Debug)]
struct W { s: &'static str, c: char }
fn main() {
    println!("{:?}", "hot".parse::<f64>());
    println!("{:?}", "".parse::<f32>());
    println!("{}", "".parse::<f32>().unwrap_err());
    println!("{:?} {:?} {:?}", "".parse::<i32>(), "x".parse::<u8>(), "300".parse::<u8>());
    println!("{:?} {:?}", "-300".parse::<i8>(), "yes".parse::<bool>());
    println!("[{:>6?}] [{:<4?}] [{:*^10?}] [{:10?}]", "ab", 'x', "mid", String::from("own"));
    println!("[{:>30?}]", W { s: "a", c: 'b' });
    println!("[{:.1?}]", "abc");
}
