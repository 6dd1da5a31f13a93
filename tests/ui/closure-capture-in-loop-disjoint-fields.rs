//@ run-pass
//@ spec: 20.13
// Closures made in a loop capture one field each; the loop body uses the others.
struct State {
    log: Vec<u32>,
    total: u32,
    name: String,
}
fn main() {
    let mut st = State { log: Vec::new(), total: 0, name: String::from("st") };
    for i in 0..4 {
        let mut record = |v: u32| st.log.push(v * i);
        st.total += i;
        record(10);
        record(1);
        st.name.push('!');
    }
    let show = || st.log.len();
    st.total *= 2;
    println!("{:?} {} {} {}", st.log, st.total, st.name, show());
}
